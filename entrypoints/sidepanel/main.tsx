import { render } from 'preact';
import { App } from '@/components/App';
import { interimDesk } from '@/lib/panel/interim-desk';

render(<App desk={interimDesk()} />, document.getElementById('app')!);
