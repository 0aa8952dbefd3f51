import { mountPopup } from '../../src/ui/popup-view';

void mountPopup(document.getElementById('app')!, new URLSearchParams(location.search));
