package cn.gongzhi.petition.web;

import cn.gongzhi.support.DemoDataOnMySql;

/**
 * The Idempotency-Key scoping on MySQL (MariaDB in CI): {@code mvn verify -Pmysql} runs it with the mysql profile and the demo data.
 */
@DemoDataOnMySql
class IdempotencyScopeIT extends IdempotencyScopeTest {}
