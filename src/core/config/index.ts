export { loadConfig, ConfigError, type Environment } from './load-config.ts';
export { settings, ROLES, type Config, type Role } from './schema.ts';
export { renderConfigurationDoc } from './config-doc.ts';
