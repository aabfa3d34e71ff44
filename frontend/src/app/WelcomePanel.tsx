import { Check, Info, Minus } from 'lucide-react';
import type { Capabilities, Deployment } from '../api/types';
import { environmentLabel } from './environment';

const CAPABILITY_LABELS: Record<keyof Capabilities, string> = {
  write: 'Change data and schema',
  backup: 'Back up databases',
  restore: 'Restore backups',
  createDatabase: 'Create databases',
  createRole: 'Create roles',
};

function roleAttributes(role: Deployment['server']['role']): string {
  const attributes = [
    role.superuser && 'superuser',
    role.createDatabase && 'create databases',
    role.createRole && 'create roles',
  ].filter(Boolean);
  return attributes.length ? `(${attributes.join(', ')})` : '(no server-wide attributes)';
}

export function WelcomePanel({ deployment }: { deployment: Deployment }) {
  const { server, environment, tenancy, impactLevel, capabilities } = deployment;
  return (
    <div className="welcome">
      <h1 className="panel-title">Welcome to pgdeck</h1>
      <p className="muted">
        Connected to <strong>{server.name}</strong>. Pick an object in the Object Explorer to start.
      </p>

      <section className="welcome__section" aria-labelledby="welcome-deployment">
        <h2 id="welcome-deployment" className="section-title">
          Deployment
        </h2>
        <dl className="facts">
          <dt>Server</dt>
          <dd>
            {server.name}{' '}
            <span className="muted mono">
              {server.host}:{server.port}
            </span>
          </dd>
          <dt>Version</dt>
          <dd>{server.version}</dd>
          <dt>Role</dt>
          <dd data-testid="server-role">
            {server.role.name} <span className="muted">{roleAttributes(server.role)}</span>
          </dd>
          <dt>Environment</dt>
          <dd>{environmentLabel(environment)}</dd>
          <dt>Tenancy</dt>
          <dd>{tenancy === 'multi' ? 'Multi-tenant' : 'Single-tenant'}</dd>
          <dt>Impact level</dt>
          <dd>{impactLevel}</dd>
        </dl>
      </section>

      <section className="welcome__section" aria-labelledby="welcome-capabilities">
        <h2 id="welcome-capabilities" className="section-title">
          What this deployment allows
        </h2>
        <table className="grid-table capability-table" data-testid="capabilities">
          <thead>
            <tr>
              <th scope="col">Capability</th>
              <th scope="col">Allowed</th>
            </tr>
          </thead>
          <tbody>
            {(Object.keys(CAPABILITY_LABELS) as (keyof Capabilities)[]).map((key) => {
              const allowed = Boolean(capabilities[key]);
              return (
                <tr key={key}>
                  <th scope="row">{CAPABILITY_LABELS[key]}</th>
                  <td className={allowed ? 'yes' : 'no'}>
                    <span className="capability-value">
                      {allowed ? (
                        <Check size={13} aria-hidden="true" />
                      ) : (
                        <Minus size={13} aria-hidden="true" />
                      )}
                      {allowed ? 'Yes' : 'No'}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>

      <p className="note" role="note">
        <Info size={14} aria-hidden="true" />
        Files in Storage are not kept permanently: download backups you want to keep.
      </p>
    </div>
  );
}
