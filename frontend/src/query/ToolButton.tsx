import type { LucideIcon } from 'lucide-react';

/** A Query Tool toolbar button: an icon and a label. */
export function ToolButton({
  icon: Icon,
  label,
  onClick,
  disabled,
  title,
  testId,
  pressed,
}: {
  icon: LucideIcon;
  label: string;
  onClick: () => void;
  disabled?: boolean;
  title?: string;
  testId?: string;
  pressed?: boolean;
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
    >
      <Icon size={13} aria-hidden="true" /> {label}
    </button>
  );
}
