import { defineModule } from '../../module';
import { BrandImage } from './brand-image.entity';
import { BrandVersion } from './brand-version.entity';
import { brandRoutes } from './brand.routes';
import { CompanyBrand } from './company-brand.entity';
import * as postgresql from './migrations/postgresql';
import * as sqlite from './migrations/sqlite';
import { BrandingThemeResolver, ThemingResolver } from './theming.resolver';
import { ThemingService } from './theming.service';

/**
 * Theming (RES-3, LF-2, LF-3): each company's brand — palette, radius and density as CSS custom
 * properties, logo and favicon, skin and language choices, interface texts — edited as a draft,
 * previewed on the real panel, published as versions that can be rolled back, carried between
 * companies as theme files.
 */
export const themingModule = defineModule<{ theming: ThemingService }>({
  name: 'theming',
  entities: [BrandImage, BrandVersion, CompanyBrand],
  migrations: { sqlite, postgresql },
  services: () => ({ theming: new ThemingService() }),
  resolvers: [ThemingResolver, BrandingThemeResolver],
  routes: (api) => brandRoutes(api.theming),
});

export { ThemingService } from './theming.service';
