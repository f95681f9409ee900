// opaque-create-destroy: Opaque handles have create and destroy functions that match.
import { ruleCases } from './support.ts';

ruleCases('opaque-create-destroy');
