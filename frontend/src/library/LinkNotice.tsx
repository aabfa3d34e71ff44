import { TriangleAlert, X } from 'lucide-react';
import './library.css';

/** Why a saved query's link opened nothing, until it is dismissed. */
export function LinkNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  return (
    <div className="link-notice" role="alert" data-testid="link-notice">
      <TriangleAlert size={16} aria-hidden="true" />
      <span className="link-notice__text">{text}</span>
      <button type="button" className="icon-button" aria-label="Dismiss" onClick={onDismiss}>
        <X size={14} aria-hidden="true" />
      </button>
    </div>
  );
}
