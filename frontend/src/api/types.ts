/** Contract of GET /api/v1/deployment. */
export type Environment = 'staging' | 'production';
export type Tenancy = 'multi' | 'single';
export type ImpactLevel = 'IL2' | 'IL4' | 'IL5';

export interface Capabilities {
  write: boolean;
  backup: boolean;
  restore: boolean;
  createDatabase: boolean;
  createRole: boolean;
}

export interface Deployment {
  environment: Environment;
  tenancy: Tenancy;
  impactLevel: ImpactLevel;
  server: {
    name: string;
    host: string;
    port: number;
    version: string;
    /** The role pgdeck connects as, and what it may do on the server. */
    role: {
      name: string;
      superuser: boolean;
      createDatabase: boolean;
      createRole: boolean;
    };
  };
  capabilities: Capabilities;
  /** Text and CSS colour of the full-width environment strip, chosen by the server. */
  banner: {
    text: string;
    color: string;
  };
  user: {
    name: string;
  };
}

/** Element of GET /api/v1/databases. */
export interface DatabaseSummary {
  name: string;
}
