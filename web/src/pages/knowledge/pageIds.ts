/** The customer's knowledge base, inside the panel. */
export const KNOWLEDGE_PATH = '/knowledge';
/** The admins' editor of the company's knowledge base. */
export const ADMIN_KNOWLEDGE_PATH = '/admin/knowledge';
/** The public knowledge base on the company's host, outside the signed-in layout. */
export const PUBLIC_KB_PATH = '/kb';

export const articlePath = (base: string, slug: string): string => `${base}/${encodeURIComponent(slug)}`;
export const articleEditorPath = (id: string | 'new'): string => `${ADMIN_KNOWLEDGE_PATH}/articles/${id}`;
