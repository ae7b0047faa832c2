export * from './job.ts';
export { JobRegistry } from './job-registry.ts';
export { JobRepository } from './job.repository.ts';
export { JobQueue, type EnqueueOptions } from './job-queue.ts';
export { JobWorker, type JobWorkerOptions } from './job-worker.ts';
export { JobScheduler, type ScheduleDefinition } from './job-scheduler.ts';
