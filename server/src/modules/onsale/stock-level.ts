import { StockLevel } from './on-sale.types';
import type { Stock } from './waiting-room-store';

const LEVELS: Record<Stock, StockLevel> = { ok: StockLevel.AVAILABLE, held: StockLevel.ALL_HELD, gone: StockLevel.SOLD_OUT };

/** The graph's name for what the waiting room store knows of the stock. */
export const stockLevel = (stock: Stock): StockLevel => LEVELS[stock];
