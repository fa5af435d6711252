/** What an nginx reverse proxy answers when its upstream fails (TalentLMS side; shape [I], see research T16). */
export const NGINX_BAD_GATEWAY_HTML = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

/** What an AWS application load balancer answers when its target fails (Talview side; shape [I], see research W8). */
export const ALB_BAD_GATEWAY_HTML = `<html>
<head><title>502 Bad Gateway</title></head>
<body>
<center><h1>502 Bad Gateway</h1></center>
</body>
</html>
`;
