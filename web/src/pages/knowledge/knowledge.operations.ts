import { graphql } from '../../graphql/generated';

export const KbArticleListFields = graphql(`
  fragment KbArticleListFields on KbArticle {
    id
    title
    slug
    excerpt
    language
  }
`);

/** Readers: the categories, and the published articles of one (or all). */
export const KbBrowseQuery = graphql(`
  query KbBrowse($categoryId: ID, $language: Language) {
    kbCategories(language: $language) {
      id
      name
      slug
    }
    kbArticles(first: 100, categoryId: $categoryId, language: $language) {
      totalCount
      nodes {
        ...KbArticleListFields
      }
    }
  }
`);

export const KbSearchQuery = graphql(`
  query KbSearch($query: String!, $language: Language) {
    kbSearch(query: $query, language: $language, first: 20) {
      ...KbArticleListFields
    }
  }
`);

export const KbArticleQuery = graphql(`
  query KbArticle($slug: String!) {
    kbArticle(slug: $slug) {
      id
      title
      html
      updatedAt
      helpfulCount
      notHelpfulCount
      category {
        id
        name
      }
    }
  }
`);

export const KbIsPublicQuery = graphql(`
  query KbIsPublic {
    kbIsPublic
  }
`);

export const MarkArticleHelpfulMutation = graphql(`
  mutation MarkArticleHelpful($id: ID!, $helpful: Boolean!) {
    markArticleHelpful(id: $id, helpful: $helpful) {
      id
      helpfulCount
      notHelpfulCount
    }
  }
`);

export const KbSuggestionsQuery = graphql(`
  query KbSuggestions($subject: String!, $body: String!, $language: Language) {
    kbSuggestions(subject: $subject, body: $body, language: $language) {
      ...KbArticleListFields
    }
  }
`);

export const RecordDeflectionMutation = graphql(`
  mutation RecordDeflection($articleId: ID!) {
    recordDeflection(articleId: $articleId)
  }
`);

/** Admins: the company's categories and articles, drafts included. */
export const KbAdminQuery = graphql(`
  query KbAdmin($after: String, $first: Int!, $search: String, $state: KbArticleState) {
    kbAdminCategories {
      id
      name
      slug
      language
      position
    }
    kbAdminArticles(after: $after, first: $first, search: $search, state: $state) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      nodes {
        id
        title
        slug
        state
        language
        sharedWithResellers
        updatedAt
        views
        helpfulCount
        notHelpfulCount
        category {
          id
          name
        }
      }
    }
    kbSettings {
      publicKnowledgeBase
    }
  }
`);

export const KbAdminArticleQuery = graphql(`
  query KbAdminArticle($id: ID!) {
    kbAdminArticle(id: $id) {
      id
      title
      slug
      body
      state
      sharedWithResellers
      category {
        id
      }
    }
  }
`);

export const KbPreviewQuery = graphql(`
  query KbPreview($body: String!) {
    kbPreview(body: $body)
  }
`);

export const KbStatsQuery = graphql(`
  query KbStats {
    kbStats {
      publishedArticles
      draftArticles
      views
      helpful
      notHelpful
      helpfulRatio
      periodDays
      deflections
      ticketsOpened
      deflectionRate
    }
  }
`);

export const CreateKbCategoryMutation = graphql(`
  mutation CreateKbCategory($input: KbCategoryInput!) {
    createKbCategory(input: $input) {
      id
    }
  }
`);

export const DeleteKbCategoryMutation = graphql(`
  mutation DeleteKbCategory($id: ID!) {
    deleteKbCategory(id: $id)
  }
`);

export const CreateKbArticleMutation = graphql(`
  mutation CreateKbArticle($input: KbArticleInput!) {
    createKbArticle(input: $input) {
      id
    }
  }
`);

export const UpdateKbArticleMutation = graphql(`
  mutation UpdateKbArticle($id: ID!, $input: KbArticleInput!) {
    updateKbArticle(id: $id, input: $input) {
      id
    }
  }
`);

export const PublishKbArticleMutation = graphql(`
  mutation PublishKbArticle($id: ID!) {
    publishKbArticle(id: $id) {
      id
      state
    }
  }
`);

export const UnpublishKbArticleMutation = graphql(`
  mutation UnpublishKbArticle($id: ID!) {
    unpublishKbArticle(id: $id) {
      id
      state
    }
  }
`);

export const DeleteKbArticleMutation = graphql(`
  mutation DeleteKbArticle($id: ID!) {
    deleteKbArticle(id: $id)
  }
`);

export const SetKbSettingsMutation = graphql(`
  mutation SetKbSettings($publicKnowledgeBase: Boolean!) {
    setKbSettings(publicKnowledgeBase: $publicKnowledgeBase) {
      publicKnowledgeBase
    }
  }
`);
