import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isCustomerDisplayRoute } from '../shared/customer-display.js';
import { resolveTerminalApi } from './api/terminal-api-client.js';
import { connectStoreToHost, createAppStore } from './store/app-store.js';
import { publishCustomerViews } from './store/customer-view-publisher.js';
import { StoreProvider } from './store/store-context.js';
import { App } from './screens/App.js';
import { CustomerDisplayScreen } from './screens/CustomerDisplayScreen.js';
import './styles/tokens.css';
import './styles/base.css';
import './styles/screens.css';

const api = resolveTerminalApi(window);
const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

// The customer display (#/customer) only listens: no store, no scanning, no calls that act.
if (isCustomerDisplayRoute(window.location.hash)) {
  createRoot(container).render(
    <StrictMode>
      <CustomerDisplayScreen api={api} />
    </StrictMode>,
  );
} else {
  const store = createAppStore(api);
  connectStoreToHost(store, api);
  publishCustomerViews(store, api);
  createRoot(container).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
