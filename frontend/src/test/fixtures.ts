import type { Deployment } from '../api/types';

export const stagingDeployment: Deployment = {
  environment: 'staging',
  tenancy: 'multi',
  impactLevel: 'IL2',
  server: {
    name: 'orders-stg',
    host: 'orders-stg.db.internal',
    port: 5432,
    version: '16.4',
    role: { name: 'orders_team', superuser: false, createDatabase: false, createRole: false },
  },
  capabilities: {
    write: true,
    backup: true,
    restore: true,
    createDatabase: true,
    createRole: false,
  },
  banner: { text: 'STAGING', color: '#f59e0b' },
  user: { name: 'alice' },
};

export const productionDeployment: Deployment = {
  environment: 'production',
  tenancy: 'single',
  impactLevel: 'IL5',
  server: {
    name: 'orders-prod',
    host: 'orders-prod.db.internal',
    port: 5432,
    version: '16.4',
    role: { name: 'orders_reader', superuser: false, createDatabase: false, createRole: false },
  },
  capabilities: {
    write: false,
    backup: true,
    restore: false,
    createDatabase: false,
    createRole: false,
  },
  banner: { text: 'PRODUCTION — READ-ONLY', color: '#b91c1c' },
  user: { name: 'bob' },
};

export function jsonResponse(body: unknown, status = 200, contentType = 'application/json') {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}
