export { AuditTrail, withoutSecrets, type AuditEntry, type VerifyResult } from './audit-trail.ts';
export { AuditRepository, type AuditFilter } from './audit.repository.ts';
export { canonicalJson, type ChainedEvent, type ChainBreak } from './audit-chain.ts';
