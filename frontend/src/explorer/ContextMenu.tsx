import { Menu } from '../ui/Menu';
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
  const items = nodeActions(context).map((action) => ({
    id: action.id,
    label: actionLabel(action, context),
    group: action.group,
    run: () => (action.id === 'properties' ? onProperties() : action.run(context)),
  }));
  return (
    <Menu
      label={`Actions for ${context.node.label}`}
      items={items}
      x={x}
      y={y}
      onClose={onClose}
      testId="explorer-menu"
    />
  );
}
