/** Whether an address is a web page's (http or https): the only kind Firsthand links to, loads or runs on. */
export function isWebUrl(url: string | null | undefined): url is string {
  return typeof url === 'string' && /^https?:\/\//i.test(url);
}

/** The address of a PDF or a picture opened on its own: the browser shows it in its own viewer, where no content script runs. */
export const VIEWER_URL = /\.(?:pdf|png|jpe?g|gif|webp|avif|svg)(?:[?#]|$)/i;
