/** An absolute http(s) address of at most 2048 characters: the API's rule for website, demo and profile links. */
export function isHttpUrl(value: string) {
  if (value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
