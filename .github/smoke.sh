#!/usr/bin/env bash
# Smoke test of a running system (docker compose, JVM or native images) through its public APIs: both services are
# ready, a product is created, an order for it is placed, and the stock drops.
set -euo pipefail
# health is on the images' management port (9000), which compose publishes as 9181 and 9182
for url in http://localhost:9181/q/health/ready http://localhost:9182/q/health/ready; do
  for i in $(seq 1 60); do curl -fsS "$url" >/dev/null && break; sleep 2; done
done
admin=$(scripts/token.sh ci-admin catalog-admin)
customer=$(scripts/token.sh ci-customer customer)
product=$(curl -fsS -X POST http://localhost:8081/api/products -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $admin" \
  -d '{"sku":"CI-1","name":"CI mug","category":"kitchen","price":5,"stock":3}' | jq -r .id)
curl -fsS -X POST http://localhost:8082/api/orders -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $customer" \
  -d "{\"lines\":[{\"productId\":\"$product\",\"quantity\":1}]}"
for i in $(seq 1 30); do
  stock=$(curl -fsS "http://localhost:8081/api/products/$product" | jq .availableStock)
  [ "$stock" = "2" ] && exit 0
  sleep 1
done
echo "stock did not drop: $stock"; exit 1
