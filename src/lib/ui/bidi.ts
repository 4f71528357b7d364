// Text from elsewhere inside a translated sentence (an email address in an Arabic sentence) keeps
// its own direction when wrapped in Unicode's first-strong isolate … pop directional isolate.
export const isolated = (text: string): string => `\u2068${text}\u2069`;
