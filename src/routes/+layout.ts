// Every page is prerendered into plain files; the site needs no server.
export const prerender = true;
export const trailingSlash = 'never';
