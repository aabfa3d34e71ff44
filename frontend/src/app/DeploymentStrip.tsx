import type { Deployment } from '../api/types';
import { environmentLabel, stripColor, textColorOn } from './environment';

/** Full-width strip at the very top: the server's text on the server's colour (red in production). */
export function DeploymentStrip({ deployment }: { deployment: Deployment }) {
  const background = stripColor(deployment);
  const text = deployment.banner?.text?.trim() || environmentLabel(deployment.environment);
  return (
    <div
      className="deployment-strip"
      data-testid="deployment-strip"
      data-environment={deployment.environment}
      role="status"
      style={{ backgroundColor: background, color: textColorOn(background) }}
    >
      {text}
    </div>
  );
}
