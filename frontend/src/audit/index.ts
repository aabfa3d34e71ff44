export { AuditView } from './AuditView';
export { PersonName } from './PersonName';
export { SessionWatch } from './SessionWatch';
