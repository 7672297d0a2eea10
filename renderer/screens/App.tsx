import { useEffect } from 'react';
import { useAppStore } from '../store/store-context.js';
import { RedeemScreen } from './RedeemScreen.js';
import { SignInScreen } from './SignInScreen.js';
import { StatusBar } from '../components/StatusBar.js';
import { ShiftScreen } from './ShiftScreen.js';
import { ManagerScreen } from './ManagerScreen.js';
import { SettingsScreen } from './SettingsScreen.js';
import { PairingScreen } from './PairingScreen.js';
import type { TerminalView } from '../store/shift-slice.js';

/** The signed-in screens: redeem, the shift's X/Z report, and a manager's view of the store. */
function SignedInScreen({ view }: { view: TerminalView }) {
  if (view === 'shift') return <ShiftScreen />;
  if (view === 'manager') return <ManagerScreen />;
  if (view === 'settings') return <SettingsScreen />;
  return <RedeemScreen />;
}

export function App() {
  const signedIn = useAppStore((state) => state.session !== null);
  // A terminal without a key pairs first; before the host's first answer, assume it has one.
  const paired = useAppStore((state) => !state.statusLoaded || state.configured);
  const view = useAppStore((state) => state.view);
  const resetShift = useAppStore((state) => state.resetShift);
  const resetManager = useAppStore((state) => state.resetManager);
  const resetSettings = useAppStore((state) => state.resetSettings);
  // Whoever signs in next starts on the redeem screen, with no report of the last person left over.
  useEffect(() => {
    if (signedIn) return;
    resetShift();
    resetManager();
    resetSettings();
  }, [signedIn, resetShift, resetManager, resetSettings]);
  return (
    <div className="app">
      <main className="app__main">
        {!paired ? <PairingScreen /> : signedIn ? <SignedInScreen view={view} /> : <SignInScreen />}
      </main>
      <StatusBar />
    </div>
  );
}
