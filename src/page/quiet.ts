/** Waiting for a single-page site to finish rendering its next story (shared by both parts of the content script). */

/**
 * Resolves once the page has made no change to its DOM for `quietMs` (at most `maxMs`): a
 * single-page site may change the address before or after it renders the new story.
 */
export function waitForQuiet(doc: Document, quietMs = 300, maxMs = 2500): Promise<void> {
  const win = doc.defaultView;
  if (!win) return Promise.resolve();
  return new Promise((done) => {
    let timer = win.setTimeout(finish, quietMs);
    const deadline = win.setTimeout(finish, maxMs);
    const observer = new win.MutationObserver(() => {
      win.clearTimeout(timer);
      timer = win.setTimeout(finish, quietMs);
    });
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    function finish(): void {
      observer.disconnect();
      win!.clearTimeout(timer);
      win!.clearTimeout(deadline);
      done();
    }
  });
}
