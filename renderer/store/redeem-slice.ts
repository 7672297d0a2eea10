/**
 * The redemption flow: code entry → card → tender → confirm → approved, or an error with a way on.
 * The full code lives only in `code` (to send it again with the redemption) and is never rendered
 * after entry. Balances are never cached: each lookup and redemption shows the backend's answer.
 */
import type { StateCreator } from 'zustand';
import type { CardView, Redemption } from '../../shared/backend-api.js';
import { checkCode, normalizeCode } from '../../shared/claim-code.js';
import { isProductBarcode } from '../../shared/scan-payload.js';
import { SESSION_ENDING_CODES, type AppError } from '../../shared/error-codes.js';
import type { ConnectionState, TerminalApi } from '../../shared/terminal-api.js';
import type { AppState } from './app-store.js';
import { cardProblem, frozenCardOf } from './card-problem.js';
import { initialSaleState } from './sale-slice.js';
import { newTenderId } from './tender-id.js';
import { amountDigits, applyKeypadKey, planTender, type KeypadKey, type Tender, type TenderKind } from './tender.js';

/** sell: a card of the stock for the amount paid; refund: a manager credits a return to a card. */
export type FlowMode = 'redeem' | 'balance' | 'sell' | 'refund';
/** sale: the amount to put on a card (sale-slice.ts); sold: the backend's answer to it. */
export type FlowStep = 'entry' | 'card' | 'confirm' | 'approved' | 'error' | 'sale' | 'sold';
export type EntryProblem =
  | { kind: 'check_failed'; suggestion: string | null }
  | { kind: 'incomplete'; length: number }
  | { kind: 'malformed' }
  /**
   * A scanner or the camera read a barcode that is no gift card (a product's EAN, say);
   * `symbology` names the kind of barcode when the scanner said which (its AIM identifier).
   */
  | { kind: 'not_gift_card'; symbology?: string }
  /** The serial scanner sent a read longer than any barcode (`length` characters): dropped unscanned. */
  | { kind: 'scan_dropped'; length: number };
export interface FlowError {
  error: AppError;
  /** What Retry repeats; null when retrying cannot help. */
  retry: 'lookup' | 'redeem' | null;
}

export interface RedeemSlice {
  mode: FlowMode;
  step: FlowStep;
  codeInput: string;
  entryProblem: EntryProblem | null;
  code: string | null;
  card: CardView | null;
  tenderKind: TenderKind;
  /** The amount typed so far, cents first: digits only, a count of minor units (store/tender.ts). */
  amountInput: string;
  amountProblem: AppError | null;
  tender: Tender | null;
  tenderId: string | null;
  pending: boolean;
  /** The host lost this redemption's answer and is asking the backend what happened. */
  checking: boolean;
  redemption: Redemption | null;
  stillDueMinor: number | null;
  flowError: FlowError | null;
  /** Bumped by every reset, so an answer for a customer who has gone is dropped, not shown. */
  flowEpoch: number;
  /**
   * After "Cannot reach the gift-card service": the host lost the service since (`serviceLost`)
   * and has reached it again (`serviceBack`), so Retry will most likely work now.
   */
  serviceLost: boolean;
  serviceBack: boolean;
  /** The host's link to the service changed: turns an unreachable-service error into "service is back". */
  noteConnection: (connection: ConnectionState) => void;
  /** A card shown by a balance check (or after a manager's unfreeze) that can be redeemed here: redeem it. */
  redeemCardOnScreen: () => void;
  setMode: (mode: FlowMode) => void;
  setCodeInput: (raw: string) => void;
  submitCode: () => Promise<void>;
  /** A code read by a scanner or the camera (or keys meant for the code field): checked and looked up as if typed. */
  enterCode: (code: string) => Promise<void>;
  /** A read that is no card code: the code field empties and the problem says why. */
  rejectEntry: (problem: EntryProblem) => void;
  acceptSuggestion: () => Promise<void>;
  chooseTenderKind: (kind: TenderKind) => void;
  setAmountInput: (text: string) => void;
  pressKeypad: (key: KeypadKey) => void;
  submitTender: () => void;
  confirmRedeem: () => Promise<void>;
  retry: () => Promise<void>;
  back: () => void;
  nextCustomer: () => void;
  resetFlow: () => void;
  /** After a manager activated the card on screen: look it up to redeem it. */
  redeemActivatedCard: () => Promise<void>;
  unlockEntry: (managerId: string, managerPin: string) => Promise<AppError | null>;
}

export const initialRedeemState = {
  mode: 'redeem' as FlowMode,
  step: 'entry' as FlowStep,
  codeInput: '',
  entryProblem: null,
  code: null,
  card: null,
  tenderKind: 'full' as TenderKind,
  amountInput: '',
  amountProblem: null,
  tender: null,
  tenderId: null,
  pending: false,
  checking: false,
  redemption: null,
  stillDueMinor: null,
  flowError: null,
  serviceLost: false,
  serviceBack: false,
};

const RETRYABLE = new Set(['backend_unreachable', 'internal_error', 'outcome_unknown', 'not_charged']);

export const createRedeemSlice =
  (api: TerminalApi): StateCreator<AppState, [], [], RedeemSlice> =>
  (set, get) => {
    function fail(error: AppError, retry: 'lookup' | 'redeem', card: CardView | null = get().card): void {
      if (SESSION_ENDING_CODES.has(error.code)) return get().endSession(error);
      set({
        step: 'error',
        pending: false,
        checking: false,
        // A card that cannot be redeemed here stays known, so a manager can act on it (unfreeze, move).
        card,
        flowError: { error, retry: RETRYABLE.has(error.code) ? retry : null },
        serviceLost: get().connection !== 'online',
        serviceBack: false,
      });
    }

    /** Back to code entry for the next customer, keeping `mode` when given. */
    function reset(mode: FlowMode = 'redeem'): void {
      set({ ...initialRedeemState, ...initialSaleState, mode, flowEpoch: get().flowEpoch + 1 });
    }

    async function lookup(code: string): Promise<void> {
      const epoch = get().flowEpoch;
      set({ pending: true, code, codeInput: '', entryProblem: null, flowError: null });
      const result = await api.lookupCard({ code });
      if (get().flowEpoch !== epoch) return;
      if (!result.ok) return fail(result.error, 'lookup', frozenCardOf(result.error));
      const card = result.value.card;
      const store = get().session?.store;
      const problem = get().mode === 'redeem' && store !== undefined ? cardProblem(card, store) : null;
      if (problem !== null) return fail(problem, 'lookup', card);
      set({ pending: false, card, step: 'card', tenderKind: 'full', amountInput: '', amountProblem: null });
    }

    async function redeem(): Promise<void> {
      const { code, card, tender, tenderId, pending } = get();
      if (pending || code === null || card === null || tender === null || tenderId === null) return;
      const epoch = get().flowEpoch;
      set({ pending: true, flowError: null });
      const amountMinor = tender.kind === 'full' ? undefined : tender.amountMinor;
      const saleTotalMinor = tender.kind === 'sale' ? tender.saleTotalMinor : undefined;
      const result = await api.redeem({ tenderId, code, currency: card.currency, amountMinor, saleTotalMinor });
      // Only a session ending resets the flow mid-redemption; the host's outbox keeps the outcome.
      if (get().flowEpoch !== epoch) return;
      if (!result.ok) return fail(result.error, 'redeem');
      const redemption = result.value.redemption;
      const stillDueMinor = tender.kind === 'sale' ? tender.saleTotalMinor - redemption.amountMinor : null;
      set({
        pending: false,
        checking: false,
        step: 'approved',
        redemption,
        stillDueMinor: stillDueMinor || null,
        code: null,
      });
    }

    return {
      ...initialRedeemState,
      flowEpoch: 0,
      setMode: (mode) => reset(mode),
      setCodeInput: (raw) => set({ codeInput: raw, entryProblem: null }),
      // What was read shows in the code field while it is checked, as if typed, and goes the one way
      // a typed code goes (submitCode), so a scan and the keyboard can never be told apart downstream.
      enterCode: (code) => {
        set({ codeInput: code, entryProblem: null });
        return get().submitCode();
      },
      rejectEntry: (problem) => set({ codeInput: '', entryProblem: problem }),
      submitCode: async () => {
        const { pending, step, codeInput } = get();
        if (pending) return;
        // On the Approved screen the code field stays ready: a code typed there starts the next
        // customer; an Enter in the empty field (a repeated one from Confirm) does nothing.
        if (step === 'approved') {
          if (normalizeCode(codeInput) === '') return;
          reset();
          set({ codeInput });
        } else if (step !== 'entry') return;
        const typed = normalizeCode(get().codeInput);
        // A product's barcode typed in is no gift card: no lookup, so it never counts toward a lock.
        if (isProductBarcode(typed)) return set({ codeInput: '', entryProblem: { kind: 'not_gift_card' } });
        const check = checkCode(typed);
        if (check.kind === 'valid' || check.kind === 'legacy') {
          // Selling or refunding to a card: straight to the amount; the backend says what the card is.
          const mode = get().mode;
          if (mode === 'sell') return get().openSale(check.code, 'activate');
          if (mode === 'refund') return get().openSale(check.code, 'refund');
          return lookup(check.code);
        }
        if (check.kind === 'check_failed')
          set({ entryProblem: { kind: 'check_failed', suggestion: check.suggestion } });
        else if (check.kind === 'incomplete') set({ entryProblem: { kind: 'incomplete', length: check.code.length } });
        else set({ entryProblem: { kind: 'malformed' } });
      },
      acceptSuggestion: async () => {
        const problem = get().entryProblem;
        if (problem?.kind !== 'check_failed' || problem.suggestion === null) return;
        set({ codeInput: problem.suggestion, entryProblem: null });
        await get().submitCode();
      },
      chooseTenderKind: (tenderKind) => set({ tenderKind, amountInput: '', amountProblem: null }),
      setAmountInput: (text) => set({ amountInput: amountDigits(text, get().amountInput), amountProblem: null }),
      pressKeypad: (key) => set({ amountInput: applyKeypadKey(get().amountInput, key), amountProblem: null }),
      submitTender: () => {
        const { card, tenderKind, amountInput, step } = get();
        if (card === null || step !== 'card') return;
        const plan = planTender(tenderKind, amountInput, card.balanceMinor);
        if (!plan.ok) return set({ amountProblem: plan.error });
        // One tender, one id: a repeated confirm reuses it, so the host sends at most one redemption.
        set({ tender: plan.tender, tenderId: newTenderId(), step: 'confirm', amountProblem: null });
      },
      confirmRedeem: () => (get().step === 'confirm' ? redeem() : Promise.resolve()),
      retry: async () => {
        const { flowError, code, pending } = get();
        if (pending || flowError === null || code === null) return;
        if (flowError.retry === 'lookup') return lookup(code);
        // Not charged: that attempt is over for good, so trying again is a new tender with a new id.
        if (flowError.error.code === 'not_charged') set({ tenderId: newTenderId() });
        if (flowError.retry === 'redeem') return redeem();
      },
      back: () => {
        const { step, pending, flowError } = get();
        if (pending) return;
        if (step === 'confirm') return set({ step: 'card', tender: null, tenderId: null });
        if (step === 'sale') return get().leaveSale();
        if (step === 'error' && flowError?.error.code === 'outcome_unknown') return;
        if (step === 'entry') return set({ codeInput: '', entryProblem: null });
        reset(get().mode);
      },
      nextCustomer: () => reset(),
      noteConnection: (connection) => {
        const { step, flowError, serviceLost } = get();
        if (step !== 'error' || flowError?.error.code !== 'backend_unreachable') return;
        if (connection !== 'online') set({ serviceLost: true, serviceBack: false });
        else if (serviceLost) set({ serviceBack: true });
      },
      redeemCardOnScreen: () => {
        const { card, step } = get();
        const store = get().session?.store;
        if (card === null || step !== 'card' || store === undefined || cardProblem(card, store) !== null) return;
        set({ mode: 'redeem', tenderKind: 'full', amountInput: '', amountProblem: null });
      },
      resetFlow: () => reset(),
      redeemActivatedCard: async () => {
        const code = get().code;
        if (code === null || get().step !== 'sold') return;
        reset('redeem');
        await lookup(code);
      },
      unlockEntry: async (managerId, managerPin) => {
        const result = await api.unlockEntry({ managerId, managerPin });
        if (!result.ok) return result.error;
        reset(get().mode);
        return null;
      },
    };
  };
