import { render } from 'preact';
import { App } from '@/components/App';
import { storeDesk } from '@/lib/panel/store-desk';
import { openGuide, type TactfulDb } from '@/lib/store';

// One database connection for the panel's lifetime, opened on first use.
let db: Promise<TactfulDb> | undefined;
const guide = (): Promise<TactfulDb> => (db ??= openGuide());

render(<App desk={storeDesk(guide)} guide={guide} />, document.getElementById('app')!);
