// Swagger UI from its WebJar, on this service's own OpenAPI document: no network beyond this server.
window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#swagger-ui', deepLinking: true, validatorUrl: null });
