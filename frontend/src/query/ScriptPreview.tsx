import { Dialog } from '../ui/Dialog';
import { SqlView } from '../explorer/ddl';
import './scriptPreview.css';

export interface ScriptPreviewProps {
  title: string;
  sql: string;
  onOpenInQueryTool: () => void;
  onClose: () => void;
}

/** Scripts → CREATE: the object's SQL to read and copy first; running it is a deliberate step into the Query Tool. */
export function ScriptPreview({ title, sql, onOpenInQueryTool, onClose }: ScriptPreviewProps) {
  const footer = (
    <>
      <button type="button" onClick={onClose}>
        Close
      </button>
      <button
        type="button"
        className="toolbar-button primary"
        data-testid="script-open-in-query-tool"
        onClick={() => {
          onOpenInQueryTool();
          onClose();
        }}
      >
        Open in Query Tool
      </button>
    </>
  );
  return (
    <Dialog title={title} onClose={onClose} footer={footer} testId="script-preview" size="large">
      <div className="script-preview">
        <SqlView text={sql} label={title} />
      </div>
    </Dialog>
  );
}
