import type { KbAdminService } from './kb-admin.service';
import type { KbFeedbackService } from './kb-feedback.service';
import type { KbReaderService } from './kb-reader.service';

/** The knowledge area's services. */
export interface KnowledgeApi {
  admin: KbAdminService;
  readers: KbReaderService;
  feedback: KbFeedbackService;
}
