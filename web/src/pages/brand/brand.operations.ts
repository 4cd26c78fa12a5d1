import { graphql } from '../../graphql/generated';

/** Every setting of a theme, as the editor edits it. */
export const BrandSettingsFields = graphql(`
  fragment BrandSettingsFields on BrandSettings {
    palette {
      primary
      accent
      neutral
      success
      warning
      danger
    }
    radius
    density
    defaultSkin
    defaultTextOnly
    usersChooseSkin
    usersChooseLanguage
    defaultLanguage
    logo
    favicon
    texts {
      language
      key
      text
    }
  }
`);

export const BrandEditorFields = graphql(`
  fragment BrandEditorFields on BrandEditor {
    published {
      name
      version
      logoUrl
      faviconUrl
      settings {
        ...BrandSettingsFields
      }
    }
    draft {
      name
      logoUrl
      faviconUrl
      settings {
        ...BrandSettingsFields
      }
    }
    draftUpdatedAt
    versions {
      number
      name
      publishedAt
      publishedBy
      current
    }
  }
`);

export const BrandEditorQuery = graphql(`
  query BrandEditor {
    brandEditor {
      ...BrandEditorFields
    }
    brandGallery {
      name
      description
      settings {
        ...BrandSettingsFields
      }
    }
  }
`);

export const SaveBrandDraftMutation = graphql(`
  mutation SaveBrandDraft($input: BrandDraftInput!) {
    saveBrandDraft(input: $input) {
      ...BrandEditorFields
    }
  }
`);

export const DiscardBrandDraftMutation = graphql(`
  mutation DiscardBrandDraft {
    discardBrandDraft {
      ...BrandEditorFields
    }
  }
`);

export const PublishBrandDraftMutation = graphql(`
  mutation PublishBrandDraft {
    publishBrandDraft {
      ...BrandEditorFields
    }
  }
`);

export const RollbackBrandMutation = graphql(`
  mutation RollbackBrand($version: Int!) {
    rollbackBrand(version: $version) {
      ...BrandEditorFields
    }
  }
`);

export const ImportBrandMutation = graphql(`
  mutation ImportBrand($file: String!) {
    importBrand(file: $file) {
      ...BrandEditorFields
    }
  }
`);

export const BrandExportQuery = graphql(`
  query BrandExport($version: Int) {
    brandExport(version: $version)
  }
`);

export const UploadBrandImageMutation = graphql(`
  mutation UploadBrandImage($input: BrandImageInput!) {
    uploadBrandImage(input: $input) {
      hash
      url
      width
      height
    }
  }
`);
