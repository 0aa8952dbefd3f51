/** Whether an address is a web page's (http or https): the only kind Firsthand links to, loads or runs on. */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}
