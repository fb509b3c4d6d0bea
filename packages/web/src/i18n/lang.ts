export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];
