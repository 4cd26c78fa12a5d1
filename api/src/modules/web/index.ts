import { defineModule } from '../../module';
import { WebSite } from './web-site.entity';
import { webHandlers } from './web.handlers';

/** Web hosting: a site's server block and document root on a web server (SRV-6). */
export const webModule = defineModule({ name: 'web', entities: [WebSite], taskHandlers: webHandlers });
