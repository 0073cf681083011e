/** Where the studio's dev server hands out and takes back the timeline file (see studioSavePlugin.ts). */
export const STUDIO_TIMELINE_ENDPOINT = '/__studio/timeline';
