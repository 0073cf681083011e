/** The folder of the compact pages for iframes, under the base path: `<base>embed/` and `<base>embed/events/<id>/`. */
export const EMBED_FOLDER = 'embed/';
