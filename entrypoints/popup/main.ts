import '../../src/ui/reader-view.css';
import './style.css';
import { mountPopup } from '../../src/ui/popup-view';

void mountPopup(document.getElementById('app')!, new URLSearchParams(location.search));
