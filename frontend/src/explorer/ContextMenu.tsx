import { useEffect, useRef, type KeyboardEvent } from 'react';
import { actionLabel, nodeActions, type NodeActionContext } from './actions';

export interface ContextMenuProps {
  context: NodeActionContext;
  x: number;
  y: number;
  onClose: () => void;
  onProperties: () => void;
}

/** The right-click menu of a node: the actions registered for its kind that this deployment allows. */
export function ContextMenu({ context, x, y, onClose, onProperties }: ContextMenuProps) {
  const ref = useRef<HTMLDivElement>(null);
  const actions = nodeActions(context);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const away = (event: globalThis.MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [onClose]);

  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') items[(index + 1) % items.length]?.focus();
    else if (event.key === 'ArrowUp') items[(index - 1 + items.length) % items.length]?.focus();
    else return;
    event.preventDefault();
  };

  let previousGroup: string | undefined;
  return (
    <div
      ref={ref}
      className="context-menu"
      role="menu"
      aria-label={`Actions for ${context.node.label}`}
      data-testid="explorer-menu"
      style={{ left: x, top: y }}
      onKeyDown={onKeyDown}
    >
      {actions.map((action) => {
        const group = action.group ?? 'general';
        const separator = previousGroup !== undefined && previousGroup !== group;
        previousGroup = group;
        return (
          <div key={action.id} role="none">
            {separator && <div role="separator" className="context-menu__separator" />}
            <button
              type="button"
              role="menuitem"
              className="context-menu__item"
              data-testid={`menu-${action.id}`}
              onClick={() => {
                onClose();
                if (action.id === 'properties') onProperties();
                else action.run(context);
              }}
            >
              {actionLabel(action, context)}
            </button>
          </div>
        );
      })}
    </div>
  );
}
