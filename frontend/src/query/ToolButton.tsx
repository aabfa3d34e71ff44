import type { LucideIcon } from 'lucide-react';

/** A Query Tool toolbar button: an icon and a label, or only the icon (the label then names it for screen readers). */
export function ToolButton({
  icon: Icon,
  label,
  onClick,
  disabled,
  title,
  testId,
  pressed,
  iconOnly,
}: {
  icon: LucideIcon;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  title?: string;
  testId?: string;
  pressed?: boolean;
  iconOnly?: boolean;
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
      <Icon size={13} aria-hidden="true" />
      {!iconOnly && ` ${label}`}
    </button>
  );
}
