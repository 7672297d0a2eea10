import { useAppStore } from '../store/store-context.js';
import { RedeemScreen } from './RedeemScreen.js';
import { SignInScreen } from './SignInScreen.js';
import { StatusBar } from '../components/StatusBar.js';

export function App() {
  const signedIn = useAppStore((state) => state.session !== null);
  return (
    <div className="app">
      <main className="app__main">{signedIn ? <RedeemScreen /> : <SignInScreen />}</main>
      <StatusBar />
    </div>
  );
}
