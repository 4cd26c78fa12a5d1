import { defineModule } from '../../module';
import { CustomJobMessage } from './custom-job-message.entity';
import { CustomJob } from './custom-job.entity';
import { CustomJobMessageResolver, CustomJobsResolver } from './custom-jobs.resolver';
import { CustomJobService } from './custom-jobs.service';
import { JobType } from './job-type.entity';
import { JobTypesResolver } from './job-types.resolver';
import { JobTypeService } from './job-types.service';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';

interface JobsApi {
  jobTypes: JobTypeService;
  customJobs: CustomJobService;
}

/**
 * Custom jobs (SUP-3): the extra services a company sells besides plans (design, installation,
 * migration). A job is invoiced through billing when ordered (a one-off invoice), moves through its
 * states with the customer mailed, and has its own thread with staff-only internal notes.
 */
export const jobsModule = defineModule<JobsApi>({
  name: 'jobs',
  entities: [JobType, CustomJob, CustomJobMessage],
  migrations: { sqlite, postgresql },
  services(core) {
    const jobTypes = new JobTypeService();
    return { jobTypes, customJobs: new CustomJobService(core, jobTypes) };
  },
  resolvers: [JobTypesResolver, CustomJobsResolver, CustomJobMessageResolver],
});

export { CustomJob } from './custom-job.entity';
export { CustomJobState } from './enums';
