import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { resolveTerminalApi } from './api/terminal-api-client.js';
import { connectStoreToHost, createAppStore } from './store/app-store.js';
import { StoreProvider } from './store/store-context.js';
import { App } from './screens/App.js';
import './styles/base.css';
import './styles/screens.css';

const api = resolveTerminalApi(window);
const store = createAppStore(api);
connectStoreToHost(store, api);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
