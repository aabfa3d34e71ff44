import type { LucideIcon } from 'lucide-react';

/** A toolbar button: an icon and a label, or only the icon (the label then names it for screen readers). */
export function ToolbarButton({
  icon: Icon,
  label,
  onClick,
  disabled,
  title,
  testId,
  pressed,
  iconOnly,
  iconSize = 13,
}: {
  icon: LucideIcon;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  title?: string;
  testId?: string;
  pressed?: boolean;
  iconOnly?: boolean;
  iconSize?: number;
}) {
  return (
    <button
      type="button"
      className="toolbar-button"
      onClick={onClick}
      disabled={disabled}
      title={title}
      data-testid={testId}
      aria-pressed={pressed}
      aria-label={iconOnly ? label : undefined}
    >
      <Icon size={iconSize} aria-hidden="true" />
      {!iconOnly && ` ${label}`}
    </button>
  );
}
