import '../../src/ui/reader-view.css';
import './style.css';
import { mountOptions } from '../../src/ui/options-view';

void mountOptions(document.getElementById('app')!);
