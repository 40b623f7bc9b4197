// Re-exports for tests, so one import line serves a suite.
export { createService, listServices } from './services';
export { getServiceDetail as getServiceDetailFor } from './service-detail';
