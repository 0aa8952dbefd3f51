/**
 * The view's steps as User Timing marks ('firsthand:start', ':tab', ':reader', ':state', ':shown',
 * and ':frame', the next frame after it was shown): `npm run bench` reads them from the popup a
 * toolbar click opened, to say how long the cleaned view took and where the time went.
 */
export type ViewStep = 'start' | 'tab' | 'reader' | 'state' | 'shown' | 'frame';

export function markStep(step: ViewStep): void {
  performance.mark(`firsthand:${step}`);
}
