/**
 * The view's steps as User Timing marks ('firsthand:start', ':tab', ':reader', ':state', ':shown'):
 * `npm run bench` reads them to say where the time to the cleaned view goes.
 */
export type ViewStep = 'start' | 'tab' | 'reader' | 'state' | 'shown';

export function markStep(step: ViewStep): void {
  performance.mark(`firsthand:${step}`);
}
