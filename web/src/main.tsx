import { render } from 'preact';
import { App } from './app.js';
import { applyPalette } from './lib/colors.js';
import './styles.css';

applyPalette(document.documentElement);
render(<App />, document.getElementById('app')!);
