/** The components of the product blades (`./products`), loaded when one is first needed. */
import { createLazyRoute } from '@tanstack/react-router';
import { ProductDetailPage } from '../../features/products/product-detail-page';
import { ProductsPage } from '../../features/products/products-page';

export const productListLazyRoute = createLazyRoute('/licenses/products/')({
  component: ProductsPage,
});

export const productDetailLazyRoute = createLazyRoute('/licenses/products/$skuId')({
  component: ProductDetailPage,
});
